import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';

export const view = <BdwDatasetSearch facetz="organization" />;
