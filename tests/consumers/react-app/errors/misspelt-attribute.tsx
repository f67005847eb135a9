export const view = <bdw-dataset-search facetz="organization" />;
