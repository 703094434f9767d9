/** The form's strings come from the one localisation module, shared with its webview. */
export { localize, setLocalizedStrings } from '../../core/localize';
