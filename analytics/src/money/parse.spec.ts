import { AnalyticsInputError } from '../errors';
import { parseMajorAmount } from './parse';

describe('parseMajorAmount', () => {
  it('reads major units as exact minor units', () => {
    // ARS has 2 decimals: 1,150,000.50 ARS = 115,000,050 centavos.
    expect(parseMajorAmount('1,150,000.50', 'ARS')).toBe(115_000_050n);
    expect(parseMajorAmount(' 85 ', 'USD')).toBe(8_500n);
    expect(parseMajorAmount('85.5', 'USD')).toBe(8_550n);
    // JPY has none; KWD has 3.
    expect(parseMajorAmount('12000', 'JPY')).toBe(12_000n);
    expect(parseMajorAmount('1.234', 'KWD')).toBe(1_234n);
  });

  it('refuses what is not an amount, and more decimals than the currency has', () => {
    expect(() => parseMajorAmount('-5', 'USD')).toThrow(AnalyticsInputError);
    expect(() => parseMajorAmount('12abc', 'USD')).toThrow('Give the amount as a number of USD');
    expect(() => parseMajorAmount('', 'USD')).toThrow(AnalyticsInputError);
    expect(() => parseMajorAmount('1.005', 'USD')).toThrow('USD has 2 decimal places: give at most 2.');
    expect(() => parseMajorAmount('1.5', 'JPY')).toThrow('JPY has no minor unit: give a whole amount.');
  });
});
