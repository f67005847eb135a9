// A consumer app that registers every element, as the @bdw/widgets README shows.
import '@bdw/widgets';

document.body.innerHTML = '<bdw-dataset-search api="/api"></bdw-dataset-search>';
