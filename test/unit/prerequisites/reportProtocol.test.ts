import * as assert from 'node:assert/strict';
import { chosenFixes, confirmationFor } from '../../../src/features/prerequisites/fixConfirmation';
import { parseReportMessage } from '../../../src/features/prerequisites/protocol';
import { parseWebviewMessage } from '../../../src/features/poolForm/protocol';
import {
	createNonce,
	renderReportHtml,
	reportContentSecurityPolicy,
} from '../../../src/features/prerequisites/webviewHtml';
import { requiredRoles } from '../../../src/core/prerequisites/requiredRoles';
import { principalId, subscription, subscriptionId } from './fakeAccess';

describe('the report webview protocol', () => {
	it('accepts ready and the five actions, exactly', () => {
		assert.deepEqual(parseReportMessage({ type: 'ready' }).message, { type: 'ready' });
		for (const action of ['recheck', 'register', 'assignRoles', 'copyCommands', 'openCommands']) {
			assert.deepEqual(parseReportMessage({ type: 'action', action }).message, { type: 'action', action });
		}
	});

	it('drops anything else, saying why', () => {
		const refused = [
			null,
			'ready',
			{ type: 'ready', extra: 1 },
			{ type: 'action', action: 'deleteEverything' },
			{ type: 'action', action: 'register', token: 'x' },
			{ type: 'x'.repeat(100) },
		];
		for (const raw of refused) {
			const parsed = parseReportMessage(raw);
			assert.equal(parsed.message, undefined, JSON.stringify(raw));
			assert.ok(parsed.problem && parsed.problem.length < 80);
		}
	});
});

describe('the report page', () => {
	it('allows only its own nonce-bearing script, styles from the extension and no network', () => {
		const nonce = createNonce();
		assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
		assert.notEqual(nonce, createNonce());
		const policy = reportContentSecurityPolicy('vscode-resource:', nonce);
		assert.match(policy, /default-src 'none'/);
		assert.match(policy, new RegExp(`script-src 'nonce-${nonce.replace(/[+/]/g, '\\$&')}'`));
		assert.match(policy, /connect-src 'none'/);
		assert.doesNotMatch(policy, /unsafe-inline/);
		const html = renderReportHtml({
			cspSource: 'vscode-resource:',
			nonce,
			scriptUri: 'a.js',
			styleUri: 'a.css',
			codiconUri: 'c.css',
			title: '<script>alert(1)</script>',
			language: 'en',
		});
		assert.doesNotMatch(html, /<script>alert/);
		assert.equal(html.match(/<script /g)?.length, 1);
	});
});

describe('the confirmation before fixing', () => {
	const plan = {
		register: { subscriptionId, namespace: 'Microsoft.StandbyPool' },
		assignRoles: {
			scope: subscription,
			principalId,
			principalName: 'Standby Pool Resource Provider',
			roles: requiredRoles.slice(2, 4),
		},
	};

	it('lists exactly the roles, the principal and the scope', () => {
		const confirmation = confirmationFor(chosenFixes(plan, 'assignRoles'), undefined);
		assert.equal(confirmation?.message, 'Assign 2 roles to the Standby Pool service?');
		assert.equal(
			confirmation?.detail,
			[
				`Assign to "Standby Pool Resource Provider" (object id ${principalId}):`,
				'  • Managed Identity Operator',
				'  • Compute Gallery Sharing Admin',
				'',
				`Scope: ${subscription} (the whole subscription)`,
			].join('\n'),
		);
		assert.equal(confirmation?.confirmLabel, 'Assign Roles');
	});

	it('adds the registration when both are fixed at once', () => {
		const confirmation = confirmationFor(chosenFixes(plan, 'all'), 'Contoso');
		assert.match(
			confirmation?.detail ?? '',
			/^Register the resource provider Microsoft\.StandbyPool in subscription Contoso\./,
		);
		assert.equal(confirmation?.confirmLabel, 'Register and Assign');
	});

	it('asks nothing for a registration alone', () => {
		assert.equal(confirmationFor(chosenFixes(plan, 'register'), 'Contoso'), undefined);
		assert.equal(chosenFixes(plan, 'register').assignRoles, undefined);
	});
});

describe("the pool form's checklist messages", () => {
	it('accepts the three checklist actions and nothing else', () => {
		for (const action of ['fix', 'details', 'recheck']) {
			assert.deepEqual(parseWebviewMessage({ type: 'prerequisitesAction', action }).message, {
				type: 'prerequisitesAction',
				action,
			});
		}
		assert.equal(parseWebviewMessage({ type: 'prerequisitesAction', action: 'assignEverything' }).message, undefined);
		assert.equal(parseWebviewMessage({ type: 'prerequisitesAction', action: 'fix', scope: '/' }).message, undefined);
	});
});
