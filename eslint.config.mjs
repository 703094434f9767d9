// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const featureBoundaries = {
	patterns: [
		{ group: ['../*/**', '!../../core/**'], message: 'Features do not import each other; share through src/core.' },
	],
};

export default tseslint.config(
	{
		ignores: ['node_modules/**', 'dist/**', 'out/**', 'tools/**', '**/*.mjs', '**/*.js', 'test/golden/**', 'templates/**'],
	},
	eslint.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			eqeqeq: 'error',
			curly: 'error',
			'no-console': 'error',
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/require-await': 'off',
		},
	},
	{ files: ['src/features/**/*.ts'], rules: { 'no-restricted-imports': ['error', featureBoundaries] } },
	{
		files: ['src/core/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**'], message: 'Core imports no feature.' }] }] },
	},
	{
		files: ['webview/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Webview code never imports vscode.' }] }] },
	},
	{ files: ['emulator/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**'], message: 'The emulator shares no code with the extension.' }] }] } },
	{ files: ['test/**/*.ts', 'emulator/**/*.ts'], rules: { 'no-console': 'off' } },
);
