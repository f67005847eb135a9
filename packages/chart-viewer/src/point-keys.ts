/** A data point of the chart: which dataset (series) and which index in it. */
export interface PointPosition {
  datasetIndex: number;
  index: number;
}

/** What a key does on the focused chart: move to a point, select the active one, clear, or nothing. */
export type PointKeyAction = { focus: PointPosition } | 'select' | 'clear' | null;

/**
 * Keyboard access to data points: ←/→ step through a series, ↑/↓ switch series (on a pie, step slices),
 * PageUp/PageDown jump a twentieth, Home/End go to the ends, Enter/Space select, Escape clears.
 * Indexes may fall outside the series; the chart clamps them and wraps the series.
 */
export function pointKeyAction(
  key: string,
  current: PointPosition | null,
  options: { pie: boolean; length: number },
): PointKeyAction {
  const { datasetIndex: d, index: i } = current ?? { datasetIndex: 0, index: -1 };
  const step = Math.max(1, Math.round(options.length / 20));
  const at = (datasetIndex: number, index: number) => ({ focus: { datasetIndex, index: Math.max(0, index) } });
  switch (key) {
    case 'ArrowRight':
      return at(d, i + 1);
    case 'ArrowLeft':
      return at(d, i - 1);
    case 'ArrowUp':
      return options.pie ? at(0, i + 1) : at(d - 1, i);
    case 'ArrowDown':
      return options.pie ? at(0, i - 1) : at(d + 1, i);
    case 'PageDown':
      return at(d, i + step);
    case 'PageUp':
      return at(d, i - step);
    case 'Home':
      return at(d, 0);
    case 'End':
      return at(d, options.length - 1);
    case 'Enter':
    case ' ':
      return current ? 'select' : null;
    case 'Escape':
      return current ? 'clear' : null;
    default:
      return null;
  }
}
