// The naive design, for comparison: a jscodeshift transform that finds fetch calls, run by jscodeshift's runner.
module.exports = function findFetchCalls(file, api) {
  const j = api.jscodeshift;
  j(file.source).find(j.CallExpression, { callee: { name: 'fetch' } }).forEach(() => api.report(`${file.path}: fetch`));
  return undefined;
};
module.exports.parser = 'tsx';
