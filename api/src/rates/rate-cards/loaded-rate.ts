import { displayRate, exactText, loadedRate, toMajorDecimal } from '@frameledger/analytics';
import { Money } from '../../platform/graphql/money';
import { money } from '../../platform/graphql/money-format';
import { LoadedRateWorking } from './rate-card.types';

export interface StoredLine {
  roleCode: string;
  currency: string;
  hourlyRateMinor: string;
  /** numeric(7,3) as PostgreSQL prints it, e.g. "17.500". */
  fringePercent: string;
  flatFringeMinor: string;
}

const trimPercent = (text: string) => text.replace(/\.?0+$/, '');

/** The loaded rate of a rate card line, computed by the analytics library, with its working. */
export function loadedRateOf(line: StoredLine): { loadedRate: Money; working: LoadedRateWorking } {
  const hourly = money(line.hourlyRateMinor, line.currency);
  const flat = money(line.flatFringeMinor, line.currency);
  const rate = loadedRate({
    role: line.roleCode,
    hourlyRate: hourly,
    fringePercent: line.fringePercent,
    flatFringePerHour: flat,
  });
  const rounded = displayRate(rate);
  return {
    loadedRate: money(rounded.amountMinor, line.currency),
    working: {
      hourlyRate: hourly,
      fringePercent: Number(line.fringePercent),
      flatFringePerHour: flat,
      // Fringes have at most 3 decimals, so this is always a decimal that ends.
      exactMinorPerHour: exactText(rate.minorPerHour),
      formula:
        `${toMajorDecimal(hourly)} x (1 + ${trimPercent(line.fringePercent)}%) + ${toMajorDecimal(flat)} = ` +
        `${toMajorDecimal(rounded)} ${line.currency} an hour`,
    },
  };
}
