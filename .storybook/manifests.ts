interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

/** One manifest from every package's `custom-elements.json`, as Storybook takes only one. */
export function mergeManifests(manifests: Record<string, unknown>): Manifest {
  return {
    schemaVersion: '1.0.0',
    modules: Object.values(manifests).flatMap((manifest) => (manifest as Manifest).modules ?? []),
  };
}
