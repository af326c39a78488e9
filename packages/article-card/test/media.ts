// Media-feature emulation for the tests of both components (the timeline's import this file).
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Emulates CSS media features such as forced-colors or prefers-reduced-motion (see
 * scripts/wtr/commands.mjs; `[]` resets); false where the engine has no such emulation.
 */
export async function emulateMedia(features: { name: string; value: string }[]): Promise<boolean> {
  const r = (await executeServerCommand('tianshan-media', { features })) as {
    supported: boolean;
  };
  return !!r?.supported;
}
