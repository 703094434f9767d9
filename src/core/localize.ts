/**
 * Localisation for code that also runs without `vscode`: in unit tests, in the webviews and in the separately
 * bundled Azure clients. Activation installs `vscode.l10n.bundle`, whose keys are the English messages as for
 * `vscode.l10n.t`, so a missing bundle, or a missing key, means English.
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
