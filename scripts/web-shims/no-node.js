// Node-only modules that Rapport requires lazily (src/vscode/noteFiles.ts: `fs/promises` for the local
// fast path). Throwing here makes that lazy require fail, and Rapport falls back to vscode.workspace.fs.
throw new Error('Node built-ins are not available in the web extension host');
