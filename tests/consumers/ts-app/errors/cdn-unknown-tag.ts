import { load } from '@bdw/widgets/cdn';

await load('bdw-dataset-serch');
