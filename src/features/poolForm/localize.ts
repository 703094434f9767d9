/**
 * Localisation for code shared with the webview, which cannot call `vscode.l10n.t`.
 * The host hands the webview `vscode.l10n.bundle` (keys are the English messages, as for `l10n.t`),
 * and the host itself installs the same bundle, so both sides speak the same language.
 */
let bundle: Readonly<Record<string, string>> | undefined;

export function setLocalizedStrings(strings: Readonly<Record<string, string>> | undefined): void {
	bundle = strings;
}

/** Looks `message` up in the bundle and fills `{0}`, `{1}`... with `args`. */
export function localize(message: string, ...args: readonly (string | number)[]): string {
	const template = bundle?.[message] ?? message;
	return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
		const value = args[Number(index)];
		return value === undefined ? placeholder : String(value);
	});
}
