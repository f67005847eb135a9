import { translate, type Lang, type MessageTable } from '@bdw/core';

export const messages = {
  ko: {
    label: '데이터 차트',
    chartLabel: '{title} 차트. 화살표 키로 데이터 점을 이동하고 Enter 키로 선택합니다.',
    series: '계열',
    views: '보기 방식',
    viewChart: '차트',
    viewTable: '표',
    downloadPng: 'PNG 내려받기',
    downloadCsv: 'CSV 내려받기',
    progressRows: '{rows}행 읽음',
    progressRowsOf: '{rows} / {total}행 읽음',
    progressBytes: '{bytes} 받음',
    progressBytesOf: '{bytes} / {total} 받음',
    emptyData: '표시할 데이터가 없습니다.',
    emptyFiltered: '필터 조건에 맞는 데이터가 없습니다.',
    selected: '{series}, {label}: {value}',
    'error.empty': '파일이 비어 있습니다.',
    'error.html': 'CSV 대신 웹 페이지(HTML)를 받았습니다. 파일 주소를 확인해 주세요.',
    'error.binary': 'CSV가 아닌 파일(엑셀, ZIP, PDF, 이미지 등)입니다. CSV로 저장한 파일 주소를 지정해 주세요.',
    'error.ragged':
      '{row}번째 줄의 칸 수({got})가 머리글의 칸 수({expected})와 다릅니다. 파일이 올바른 CSV인지 확인해 주세요.',
    'error.line-too-long': '줄바꿈 없이 너무 긴 줄이 있습니다(한 줄 {chars}자 초과). CSV 파일이 아닌 것 같습니다.',
    'error.encoding':
      '파일을 {encoding}(으)로 읽을 수 없습니다. encoding 속성을 비우거나(자동 감지) euc-kr로 지정해 보세요.',
    'error.json': 'JSON 형식이 아니거나 표로 읽을 수 없는 JSON입니다.',
    'error.http': '파일을 받지 못했습니다 (HTTP {status}).',
    'error.network': '서버에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.',
    'error.no-source': '데이터가 없습니다. src, resource 속성이나 rows 속성을 지정하세요.',
    'error.column': '‘{column}’ 열이 데이터에 없습니다.',
    'error.settings':
      'settings 속성을 읽을 수 없습니다. {"type":"bar","x":"열 이름","y":["열 이름"]} 같은 JSON이어야 합니다.',
  },
  en: {
    label: 'Data chart',
    chartLabel: '{title} chart. Use the arrow keys to move between data points and Enter to select one.',
    series: 'Series',
    views: 'View',
    viewChart: 'Chart',
    viewTable: 'Table',
    downloadPng: 'Download PNG',
    downloadCsv: 'Download CSV',
    progressRows: '{rows} rows read',
    progressRowsOf: '{rows} of {total} rows read',
    progressBytes: '{bytes} received',
    progressBytesOf: '{bytes} of {total} received',
    emptyData: 'There is no data to show.',
    emptyFiltered: 'No rows match the filter.',
    selected: '{series}, {label}: {value}',
    'error.empty': 'The file is empty.',
    'error.html': 'A web page (HTML) came back instead of a CSV file. Check the file address.',
    'error.binary': 'This is not a CSV file (an Excel workbook, ZIP, PDF or image?). Point to a file saved as CSV.',
    'error.ragged':
      'Line {row} has {got} fields but the header has {expected}. Check that the file is a well-formed CSV.',
    'error.line-too-long':
      'A line is too long (over {chars} characters without a line break). This does not look like a CSV file.',
    'error.encoding':
      'The file cannot be read as {encoding}. Remove the encoding attribute (to detect it) or set euc-kr.',
    'error.json': 'The JSON is malformed or is not a table.',
    'error.http': 'The file could not be downloaded (HTTP {status}).',
    'error.network': 'The server cannot be reached. Check your connection and try again.',
    'error.no-source': 'There is no data. Set the src or resource attribute, or the rows property.',
    'error.column': 'The data has no column “{column}”.',
    'error.settings':
      'The settings attribute cannot be read. It must be JSON such as {"type":"bar","x":"column","y":["column"]}.',
  },
} satisfies MessageTable<string>;

export type MessageKey = keyof (typeof messages)['ko'];

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return translate(messages, lang, key, params);
}
