import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';

export const view = <BdwDatasetSearch onBdwSearch={(event) => console.log(event.detail.querry)} />;
