export { BAND_WORDS, columnsSvg, compareSvg, drawKey, heatMapSvg, historySvg, rowsSvg, seriesSvg, type KeyItem } from './charts.js';
export { esc, svgDocument } from './markup.js';
export { FONT_FAMILY, PALETTE } from './palette.js';
