/** Import direction (STYLE habit 12): shared <- client, shared <- server; client never imports server; no cycles. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles are not allowed.', from: {}, to: { circular: true } },
    { name: 'shared-is-a-leaf', severity: 'error', comment: 'shared/ imports nothing from client/ or server/.', from: { path: '^shared/' }, to: { path: '^(client|server)/' } },
    { name: 'client-not-server', severity: 'error', comment: 'client/ never imports server/.', from: { path: '^client/' }, to: { path: '^server/' } },
    { name: 'server-not-client', severity: 'error', comment: 'server/ never imports client source.', from: { path: '^server/' }, to: { path: '^client/' } },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'], exportsFields: ['exports'], conditionNames: ['import', 'node', 'default'] },
  },
};
