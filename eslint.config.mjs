// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import fs from 'node:fs';

// Features do not import each other: each feature folder gets a rule naming every other feature.
const features = fs.readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory());
const featureBoundaries = features.map(({ name }) => {
	const others = features.map((entry) => entry.name).filter((other) => other !== name);
	return {
		files: [`src/features/${name}/**/*.ts`],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`,
							message: 'Features do not import each other; share through src/core.',
						},
					],
				},
			],
		},
	};
});

export default tseslint.config(
	{
		ignores: [
			'node_modules/**',
			'dist/**',
			'out/**',
			'tools/**',
			'**/*.mjs',
			'**/*.js',
			'test/golden/**',
			'templates/**',
			'test/fixtures/**',
		],
	},
	eslint.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				project: ['./tsconfig.test.json', './webview/tsconfig.json', './emulator/tsconfig.json'],
				tsconfigRootDir: import.meta.dirname,
			},
		},
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
	...featureBoundaries,
	{
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/features/**'], message: 'Core imports no feature.' }] },
			],
		},
	},
	{
		files: ['webview/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'vscode', message: 'Webview code never imports vscode.' }] },
			],
		},
	},
	{
		files: ['emulator/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/src/**'], message: 'The emulator shares no code with the extension.' }] },
			],
		},
	},
	{ files: ['test/**/*.ts', 'emulator/**/*.ts', 'bench/**/*.ts'], rules: { 'no-console': 'off' } },
);
