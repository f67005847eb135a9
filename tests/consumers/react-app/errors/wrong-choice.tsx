export const view = <bdw-chart-viewer type="bars" />;
