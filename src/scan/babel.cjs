'use strict';
// CommonJS on purpose. Babel loads on first use, so an audit whose every file comes from the
// cache never loads it (a fifth of a warm run). And this file loads both under Node's ESM
// loader and under jscodeshift's babel-register, where `import.meta` (for createRequire) can't.
module.exports = {
  parse: (source, options) => require('@babel/parser').parse(source, options),
  visitorKeys: () => require('@babel/types').VISITOR_KEYS,
};
