import { ESLint } from 'eslint';

/**
 * Only the Electron shell may import `electron`; everything else is plain Node so the same
 * core runs headless and under test. The lint rule enforces it — prove it fails when broken.
 */
describe('lint: electron stays in the shell', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
  };

  it.each([
    ['src/main/core/create-core.ts', "import 'electron';\n"],
    ['src/main/tokens/refresher.ts', "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n"],
    ['src/main/hosts/headless/server.ts', "import { ipcMain } from 'electron/main';\nexport const y = ipcMain;\n"],
    ['src/shared/ipc/contract.ts', "import { app } from 'electron';\nexport const z = app;\n"],
    ['src/renderer/src/App.tsx', "import { ipcRenderer } from 'electron';\nexport const w = ipcRenderer;\n"],
  ])('fails for %s', async (file, code) => {
    expect(await lint(file, code)).not.toHaveLength(0);
  });

  it.each([['src/main/index.ts'], ['src/main/platform/tray-controller.ts'], ['src/preload/index.ts']])('allows the shell file %s', async (file) => {
    expect(await lint(file, "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(0);
  });

  it('keeps node built-ins out of the renderer and src/shared', async () => {
    expect(await lint('src/renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).not.toHaveLength(0);
    expect(await lint('src/shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).not.toHaveLength(0);
  });
});
