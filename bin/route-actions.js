#!/usr/bin/env node
import { tuneHeapForScanning } from '../dist/src/heap-tuning.js';
import { main } from '../dist/src/cli.js';

tuneHeapForScanning();
process.exitCode = await main(process.argv.slice(2));
