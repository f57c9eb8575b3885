/**
 * The event that reloads the preview's tabs after a content change. Vite reloads every tab, the editor's too; a
 * reload of the editor's tab in the middle of a save loses the save's answer, and with it what the editor sees.
 */
export const PREVIEW_RELOAD_EVENT = 'innehall:forhandsvisning';
