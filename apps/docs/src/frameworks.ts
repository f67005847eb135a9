import { fillCode } from './layout.js';

/** The code on the frameworks page, as the consumer fixtures in tests/consumers use it. */
const code: Record<string, string> = {
  typescript: `import '@bdw/dataset-search/bdw-dataset-search.js';
import { load } from '@bdw/widgets/cdn';

const search = document.querySelector('bdw-dataset-search'); // BdwDatasetSearch | null
search?.addEventListener('bdw-search', (event) => {
  console.log(event.detail.query.q); // CustomEvent<BdwSearchDetail>
});
await load('bdw-chart-viewer'); // only tags the bundle knows`,
  reactTsconfig: `// tsconfig.json
{
  "compilerOptions": {
    "jsx": "react-jsx",
    "types": ["@bdw/widgets/jsx"]
  }
}`,
  reactTags: `import '@bdw/dataset-search/bdw-dataset-search.js';

export function Search() {
  return (
    <bdw-dataset-search
      api="https://data.busan.go.kr/api/3/action"
      facets="organization,res_format"
      page-size={20}
      onbdw-search={(event) => console.log(event.detail.query.q)}
    />
  );
}`,
  reactWrappers: `import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';

export function Search() {
  return (
    <BdwDatasetSearch
      api="https://data.busan.go.kr/api/3/action"
      pageSize={20}
      urlState
      onBdwSearch={(event) => console.log(event.detail.query.q)}
      onBdwDatasetSelect={(event) => console.log(event.detail.dataset.title)}
    />
  );
}`,
  vueConfig: `// vite.config.ts
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('bdw-') } } })],
});`,
  vueTsconfig: `// tsconfig.json
{
  "compilerOptions": { "types": ["@bdw/widgets/vue"] },
  "vueCompilerOptions": { "strictTemplates": true }
}`,
  vueTemplate: `<script setup lang="ts">
import '@bdw/dataset-search/bdw-dataset-search.js';
</script>

<template>
  <bdw-dataset-search
    api="https://data.busan.go.kr/api/3/action"
    :page-size="20"
    @bdw-search="(event) => console.log(event.detail.query.q)"
  />
</template>`,
  vscode: `// .vscode/settings.json
{
  "html.customData": ["./node_modules/@bdw/widgets/dist/vscode.html-custom-data.json"],
  "css.customData": ["./node_modules/@bdw/widgets/dist/vscode.css-custom-data.json"]
}`,
};

fillCode(code);
