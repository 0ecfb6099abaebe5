import browser from 'webextension-polyfill';

/**
 * The keys that toggle the view (the `_execute_action` command), or '' when none is set or the context
 * cannot ask: Firefox gives extension frames inside web pages no `commands` API (measured in ESR 153).
 */
export async function toggleShortcut(): Promise<string> {
  const commands = browser.commands as typeof browser.commands | undefined;
  if (!commands) return '';
  const all = await commands.getAll().catch(() => []);
  return all.find((c) => c.name === '_execute_action')?.shortcut ?? '';
}
