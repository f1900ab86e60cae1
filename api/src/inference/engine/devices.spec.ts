import { billedDevice, isGpuClass } from './devices';

describe('device classes and the class a session is billed at', () => {
  it('reads CPU and CPU-... classes as processors, every other class as a GPU', () => {
    expect(['CPU', 'CPU-EPYC', 'CPU_XEON'].map(isGpuClass)).toEqual([false, false, false]);
    expect(['H100', 'A100', 'T4', 'CPUX', 'GPU-CPU'].map(isGpuClass)).toEqual([true, true, true, true, true]);
  });

  it('bills the configured class when the provider is that kind of device', () => {
    expect(billedDevice('H100', 'cuda', 'NVIDIA H100')).toEqual({ deviceClass: 'H100' });
    expect(billedDevice('L4', 'webgpu', 'GPU (webgpu)')).toEqual({ deviceClass: 'L4' });
    expect(billedDevice('CPU-EPYC', 'cpu', 'AMD EPYC')).toEqual({ deviceClass: 'CPU-EPYC' });
  });

  it('bills a GPU-class worker that ran on the CPU at the CPU rate, and says so', () => {
    expect(billedDevice('H100', 'cpu', 'AMD EPYC')).toEqual({
      deviceClass: 'CPU',
      mismatch:
        'The worker is set up as H100 but the model ran on the CPU (AMD EPYC), so its time is billed at the CPU rate; install the GPU provider on that worker (npm run setup:gpu) or set WORKER_DEVICE_CLASS=CPU.',
    });
  });

  it('flags a CPU-class worker whose session ran on a GPU, keeping the class it was given', () => {
    const billed = billedDevice('CPU', 'webgpu', 'NVIDIA H200');
    expect(billed.deviceClass).toBe('CPU');
    expect(billed.mismatch).toMatch(
      /^The worker is set up as CPU but the model ran on webgpu \(NVIDIA H200\)/,
    );
  });
});
