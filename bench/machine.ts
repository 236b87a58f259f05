/**
 * The machine a run was taken on, written beside its figures: frame times and load times
 * mean little without the CPU, the memory, the browser and how busy the machine was.
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  os: string;
  chromium: string;
  chromiumPath: string;
  node: string;
  /** 1, 5 and 15 minutes when the run began: a busy machine shows here. */
  loadAverage: number[];
  date: string;
}

export function describeMachine(browser: Browser, chromiumPath: string): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGB: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()}`,
    chromium: browser.version(),
    chromiumPath,
    node: process.version,
    loadAverage: loadavg(),
    date: new Date().toISOString(),
  };
}
