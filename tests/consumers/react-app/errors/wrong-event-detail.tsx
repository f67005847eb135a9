export const view = <bdw-dataset-search onbdw-search={(event) => console.log(event.detail.querry)} />;
