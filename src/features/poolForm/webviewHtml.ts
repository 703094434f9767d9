/** The form's page is the extension's one webview shell. */
export {
	contentSecurityPolicy,
	createNonce,
	escapeHtml,
	renderWebviewPage as renderPoolFormHtml,
	type WebviewPage as PoolFormPage,
} from '../../core/webviewPage';
