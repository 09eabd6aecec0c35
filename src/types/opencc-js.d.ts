// opencc-js ships types for its core but not for its dictionary modules (exported as "opencc-js/<folder>/<name>").
declare module "opencc-js/from/twp" {
  const groups: import("opencc-js/core").DictGroup[];
  export default groups;
}
declare module "opencc-js/from/hk" {
  const groups: import("opencc-js/core").DictGroup[];
  export default groups;
}
declare module "opencc-js/to/cn" {
  const groups: import("opencc-js/core").DictGroup[];
  export default groups;
}
