/**
 * Localisation for the prerequisites check, which runs in the extension host and in unit tests without
 * `vscode`. The feature installs `vscode.l10n.bundle` at activation; keys are the English messages, as for
 * `vscode.l10n.t`, so a missing bundle means English.
 */
let bundle: Readonly<Record<string, string>> | undefined;

export function setPrerequisiteStrings(strings: Readonly<Record<string, string>> | undefined): void {
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
