/**
 * Reading users' datasets and `.statlens.json` files: the JSON Schema validator and the
 * JSONC parser behind them are a sixth of the extension, and most writers have neither
 * file. The desktop build ships this as `dist/validators.js`, loaded on first use; the
 * web build, which is one file, includes it.
 */
export { datasetFromJson, parseDataset } from '../../core/dataset/validate';
export { addSourceToConfig } from '../../core/config/addSource';
export { parseConfig } from '../../core/config/parse';
