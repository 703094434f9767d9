import * as assert from 'node:assert/strict';
import {
	amountFromDuration,
	describeDuration,
	durationFromAmount,
	parseDuration,
} from '../../../src/features/poolForm/duration';

describe('durations', () => {
	it('parses ISO 8601 durations to seconds', () => {
		assert.deepEqual(parseDuration('PT2S'), { seconds: 2 });
		assert.deepEqual(parseDuration('PT5M'), { seconds: 300 });
		assert.deepEqual(parseDuration('P1DT1H1M1.5S'), { seconds: 90061.5 });
		assert.deepEqual(parseDuration('P2W'), { seconds: 1209600 });
		assert.deepEqual(parseDuration('P1M'), { seconds: undefined }, 'months depend on the calendar');
	});

	it('refuses what is not a duration', () => {
		for (const text of ['', 'P', 'PT', 'P1DT', 'pt5m', 'PT5', '5M', 'PT5M ', ' PT5M', 'PT-1S', 'PT1,5S', 'PTxS']) {
			assert.equal(parseDuration(text), undefined, JSON.stringify(text));
		}
	});

	it('writes durations from an amount and a unit', () => {
		assert.equal(durationFromAmount('30', 'seconds'), 'PT30S');
		assert.equal(durationFromAmount(' 5 ', 'minutes'), 'PT5M');
		assert.equal(durationFromAmount('007', 'hours'), 'PT7H');
		for (const bad of ['', '-1', '1.5', 'abc', '1e3', '9999999999']) {
			assert.equal(durationFromAmount(bad, 'seconds'), undefined, bad);
		}
	});

	it('reads back the friendliest whole unit', () => {
		assert.deepEqual(amountFromDuration('PT120S'), { amount: '2', unit: 'minutes' });
		assert.deepEqual(amountFromDuration('PT90S'), { amount: '90', unit: 'seconds' });
		assert.deepEqual(amountFromDuration('P1D'), { amount: '24', unit: 'hours' });
		assert.deepEqual(amountFromDuration('PT0S'), { amount: '0', unit: 'seconds' });
		assert.equal(amountFromDuration('PT1.5S'), undefined);
		assert.equal(amountFromDuration('P1Y'), undefined);
		assert.equal(amountFromDuration('junk'), undefined);
	});

	it('describes durations in words', () => {
		assert.equal(describeDuration(0), 'no delay');
		assert.equal(describeDuration(1), '1 second');
		assert.equal(describeDuration(61), '1 minute 1 second');
		assert.equal(describeDuration(7325), '2 hours 2 minutes 5 seconds');
	});
});
