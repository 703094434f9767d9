import * as assert from 'node:assert/strict';
import {
	buildIssueReport,
	reportLogLineLimit,
	type IssueReportInput,
} from '../../../src/features/diagnostics/issueReport';

function input(overrides: Partial<IssueReportInput> = {}): IssueReportInput {
	return {
		extension: { id: 'standby-pools-dev.standby-pools', version: '0.1.0' },
		vscode: { version: '1.100.3', appName: 'code-server', appHost: 'web', uiKind: 'web', remoteName: undefined },
		platform: { os: 'linux', arch: 'x64', node: '20.20.2', language: 'en' },
		settings: {
			'standbyPools.connection': 'emulator',
			'standbyPools.emulator.caFile': '/home/alice/.config/emulator/ca.pem',
			'standbyPools.refresh.intervalSeconds': 30,
		},
		relatedExtensions: { 'ms-azuretools.vscode-bicep': undefined },
		logLines: ['2026-01-01T00:00:00.000Z info [extension] Standby Pools 0.1.0 activated in 3 ms'],
		homeDir: '/home/alice',
		...overrides,
	};
}

describe('buildIssueReport', () => {
	it('lists versions, platform, settings and the related extensions', () => {
		const report = buildIssueReport(input());
		assert.match(report, /^# Standby Pools issue report/);
		assert.match(report, /\| Extension \| standby-pools-dev\.standby-pools 0\.1\.0 \|/);
		assert.match(report, /\| VS Code \| 1\.100\.3 \(code-server, web, web\) \|/);
		assert.match(report, /\| Extension host \| Node 20\.20\.2 \|/);
		assert.match(report, /\| `standbyPools\.connection` \| `emulator` \|/);
		assert.match(report, /\| `standbyPools\.refresh\.intervalSeconds` \| `30` \|/);
		assert.match(report, /\| ms-azuretools\.vscode-bicep \| not installed \|/);
		assert.match(report, /activated in 3 ms/);
	});

	it('keeps credentials out of the log lines', () => {
		const jwt = `eyJ${'a'.repeat(20)}.eyJ${'b'.repeat(20)}.${'c'.repeat(20)}`;
		const report = buildIssueReport(
			input({
				logLines: [
					'GET https://management.azure.com/subscriptions Authorization: Bearer abc.def-ghi',
					`token in the clear ${jwt}`,
					'{"accessToken": "opaque-value", "code": "ResourceNotFound"}',
					'GET /x?$skipToken=page2&sig=signature-value',
				],
			}),
		);
		assert.doesNotMatch(report, /abc\.def-ghi|opaque-value|signature-value/);
		assert.ok(!report.includes(jwt));
		assert.match(report, /ResourceNotFound/, 'error codes are not credentials');
		assert.match(report, /\$skipToken=page2/, 'a paging token is not a credential');
	});

	it('replaces the home folder with ~ in settings and log lines', () => {
		const report = buildIssueReport(input({ logLines: ['CA certificate: /home/alice/.config/emulator/ca.pem'] }));
		assert.doesNotMatch(report, /\/home\/alice/);
		assert.match(report, /`~\/\.config\/emulator\/ca\.pem`/);
		assert.match(report, /CA certificate: ~\/\.config\/emulator\/ca\.pem/);
	});

	it(`carries only the last ${reportLogLineLimit} log lines`, () => {
		const logLines = Array.from({ length: reportLogLineLimit + 50 }, (_, index) => `line ${index}`);
		const report = buildIssueReport(input({ logLines }));
		assert.doesNotMatch(report, /^line 49$/m);
		assert.match(report, /^line 50$/m);
		assert.match(report, new RegExp(`^line ${reportLogLineLimit + 49}$`, 'm'));
		assert.match(report, new RegExp(`## Recent log \\(${reportLogLineLimit} lines\\)`));
	});

	it('says so when nothing was logged, and passes every sentence through the translation function', () => {
		const report = buildIssueReport(
			input({ logLines: [] }),
			(message, ...args) => `«${message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)]))}»`,
		);
		assert.match(report, /«\(nothing logged yet\)»/);
		assert.match(report, /# «Standby Pools issue report»/);
		assert.match(report, /## «Recent log \(0 lines\)»/);
	});
});
