// Times the large seed in Node: wall time and this process's CPU time (less sensitive to other
// load on the machine), min of several runs. A quick check for seed speed work.
import { Database } from '../../mock/core/db';
import { seedDatabase } from '../../mock/seed';

const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++) {
    const db = new Database({ clockOffsetMs: 0, seedSize: 'large', seedVersion: 1, counters: {} });
    const c = process.cpuUsage();
    const t = performance.now();
    seedDatabase(db);
    wall.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
}
console.log(JSON.stringify({ wallMinMs: Math.min(...wall), cpuMinMs: Math.min(...cpu), wall, cpu }));
