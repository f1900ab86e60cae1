// Device prices per hour, in US cents, from public cloud on-demand list prices (Linux, us-east-1,
// one GPU's share of the instance). Rounded to whole cents, since money is stored in minor units.

export interface SeedComputeRate {
  deviceClass: string;
  cents: number;
  watts: number;
  source: string;
}

const AWS = 'AWS EC2 on-demand list price, Linux, us-east-1 (2024-2025)';

export const COMPUTE_RATES: SeedComputeRate[] = [
  { deviceClass: 'CPU', cents: 18, watts: 0, source: `${AWS}: c7i.xlarge (4 vCPU) $0.1785/h, rounded` },
  {
    deviceClass: 'T4',
    cents: 53,
    watts: 70,
    source: `${AWS}: g4dn.xlarge (1x NVIDIA T4) $0.526/h, rounded; T4 board power 70 W`,
  },
  {
    deviceClass: 'L4',
    cents: 80,
    watts: 72,
    source: `${AWS}: g6.xlarge (1x NVIDIA L4) $0.8048/h, rounded; L4 board power 72 W`,
  },
  {
    deviceClass: 'A100',
    cents: 410,
    watts: 400,
    source: `${AWS}: p4d.24xlarge (8x NVIDIA A100 40 GB) $32.7726/h / 8 = $4.10/h; A100 SXM 400 W`,
  },
  {
    deviceClass: 'H100',
    cents: 1229,
    watts: 700,
    source: `${AWS}: p5.48xlarge (8x NVIDIA H100) $98.32/h / 8 = $12.29/h, the list price before AWS's June 2025 cut of up to 45%; H100 SXM 700 W`,
  },
];

export const COMPUTE_EFFECTIVE_FROM = '2025-01-01';

export const centsPerHour = (deviceClass: string): number => {
  const rate = COMPUTE_RATES.find((r) => r.deviceClass === deviceClass);
  if (!rate) throw new Error(`The demo has no compute rate for ${deviceClass}.`);
  return rate.cents;
};
