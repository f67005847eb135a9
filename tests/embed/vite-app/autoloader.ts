// A consumer app that lets the autoloader define each element when its tag appears.
import { load } from '@bdw/widgets/autoloader';

document.body.innerHTML = '<bdw-dataset-search api="/api"></bdw-dataset-search>';
void load('bdw-chart-viewer');
