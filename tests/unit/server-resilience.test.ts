import { describe, expect, it } from "vitest";
import { createAvailability } from "../../server/resilience/availability.ts";
import { remainingBudget, runWithDeadline, withTimeout } from "../../server/resilience/deadline.ts";
import { createSemaphore } from "../../server/resilience/semaphore.ts";

describe("createSemaphore", () => {
  it("admits up to maxConcurrent, queues up to maxQueue, refuses the rest at once", async () => {
    const semaphore = createSemaphore(2, 1);
    const first = await semaphore.acquire(1000);
    const second = await semaphore.acquire(1000);
    const queued = semaphore.acquire(1000);
    expect(await semaphore.acquire(1000)).toBeNull();
    expect([semaphore.running, semaphore.waiting]).toEqual([2, 1]);
    first!();
    first!(); // a second release of the same slot changes nothing
    const third = await queued;
    expect(third).not.toBeNull();
    expect([semaphore.running, semaphore.waiting]).toEqual([2, 0]);
    second!();
    third!();
    expect(semaphore.running).toBe(0);
  });

  it("gives up waiting after waitMs and leaves the queue", async () => {
    const semaphore = createSemaphore(1, 5);
    const held = await semaphore.acquire(0);
    expect(await semaphore.acquire(20)).toBeNull();
    expect(semaphore.waiting).toBe(0);
    held!();
    expect(semaphore.running).toBe(0);
  });
});

describe("createAvailability", () => {
  it("opens after the threshold, fails fast while open, lets one probe through after the cool-down", () => {
    let clock = 0;
    const availability = createAvailability({ failureThreshold: 2, cooldownMs: 100, now: () => clock });
    expect(availability.tryAdmit()).toBe(true);
    availability.recordFailure();
    expect(availability.state()).toBe("ok");
    availability.recordFailure();
    expect(availability.state()).toBe("unavailable");
    expect(availability.tryAdmit()).toBe(false);
    expect(availability.retryAfterSeconds()).toBe(1);
    clock = 100;
    expect(availability.tryAdmit()).toBe(true); // the probe
    expect(availability.tryAdmit()).toBe(false); // everyone else still fails fast
    availability.recordFailure(); // probe failed: reopen for twice as long
    clock = 250;
    expect(availability.tryAdmit()).toBe(false);
    clock = 300;
    expect(availability.tryAdmit()).toBe(true);
    availability.recordSuccess();
    expect(availability.state()).toBe("ok");
    expect(availability.tryAdmit()).toBe(true);
  });

  it("refuses everything while the supervisor restarts the database", () => {
    const availability = createAvailability();
    availability.markRestarting();
    expect([availability.state(), availability.tryAdmit()]).toEqual(["restarting", false]);
    availability.markUp();
    expect([availability.state(), availability.tryAdmit()]).toEqual(["ok", true]);
  });
});

describe("request deadlines", () => {
  it("caps a read's budget at what is left of the request's", () => {
    expect(remainingBudget(5000)).toBe(5000);
    expect(runWithDeadline(1_000_300, () => remainingBudget(5000, 1_000_000))).toBe(300);
    expect(runWithDeadline(1_000_300, () => remainingBudget(200, 1_000_000))).toBe(200);
  });

  it("withTimeout rejects a promise that never settles", async () => {
    await expect(withTimeout(new Promise(() => {}), 10, () => new Error("late"))).rejects.toThrow("late");
    await expect(withTimeout(Promise.resolve(7), 1000, () => new Error("late"))).resolves.toBe(7);
  });
});
