/** The report's page is the extension's one webview shell. */
export {
	contentSecurityPolicy as reportContentSecurityPolicy,
	createNonce,
	renderWebviewPage as renderReportHtml,
	type WebviewPage as ReportPage,
} from '../../core/webviewPage';
