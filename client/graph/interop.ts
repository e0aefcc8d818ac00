/**
 * graphology's layout/metric packages are CommonJS (`module.exports = fn`) with typings that say `export default`.
 * Under TypeScript's NodeNext a default import is typed as the module object (`{ default: fn }`), while Vite hands
 * over `module.exports` (the function). This returns the function in both worlds:
 *
 *   import louvainModule from "graphology-communities-louvain";
 *   const louvain = cjsDefault(louvainModule);
 */
export function cjsDefault<M extends { default: unknown }>(module: M): M["default"] {
  const value = module as unknown as { default?: unknown };
  return (value !== null && "default" in value && value.default !== undefined ? value.default : module) as M["default"];
}
