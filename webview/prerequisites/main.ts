import { setPrerequisiteStrings } from '../../src/core/prerequisites/localize';
import { renderReport } from './reportView';
import { onHostMessage, postToHost } from './vscodeApi';

/**
 * The prerequisites report in the webview: it draws the state the host sends and turns button clicks into
 * action messages. It never talks to Azure and never sees a token.
 */
const root = document.getElementById('app');

onHostMessage((message) => {
	setPrerequisiteStrings(message.strings);
	if (root) {
		renderReport(root, message.state, (action) => postToHost({ type: 'action', action }));
	}
});
postToHost({ type: 'ready' });
