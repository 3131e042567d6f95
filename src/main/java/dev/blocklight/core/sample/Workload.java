// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The MapReduce jobs that write the blocks, as in HDFS_v1: each job first writes its system files
 * ({@code /mnt/hadoop/mapred/system/job_200811092030_0001/job.jar}), then its tasks write
 * {@code part-NNNNN} files of one or more 64 MB blocks. Blocks arrive in bursts while a job runs.
 */
final class Workload {
    private static final String[] DIRS = {"rand", "sortrand", "rand3", "randtxt", "sortrand2", "randtxt2", "sortrand3"};
    private static final String[] SYSTEM_FILES = {"job.jar", "job.split", "job.xml"};

    private final SplittableRandom random;
    private String tracker = "200811092030";
    private int job;
    private String dir;
    private boolean reduce;
    private int systemLeft;
    private int tasksLeft;
    private int task;
    private byte[] path;
    private int fileBlocksLeft;
    private double meanGapMs;
    private long pendingPause;

    Workload(SplittableRandom random) {
        this.random = random;
        startJob(0);
    }

    private void startJob(long now) {
        if (job > 0 && random.nextInt(40) == 0) {
            tracker = Clock.trackerId(now); // the jobtracker restarted
            job = 0;
        }
        job++;
        dir = DIRS[random.nextInt(DIRS.length)];
        reduce = dir.startsWith("sort");
        systemLeft = SYSTEM_FILES.length;
        tasksLeft = 100 + random.nextInt(1400);
        task = 0;
        meanGapMs = 1000.0 / (2.5 + 4.5 * random.nextDouble());
    }

    /**
     * Names the next block's file and size; returns true for a job system file (read by every task).
     * Call {@link #gapMs()} afterwards for the time to the next block.
     */
    boolean next(Block b, long now) {
        if (systemLeft == 0 && fileBlocksLeft == 0 && tasksLeft == 0) {
            startJob(now);
        }
        if (systemLeft > 0) {
            String name = SYSTEM_FILES[SYSTEM_FILES.length - systemLeft--];
            b.path = ascii("/mnt/hadoop/mapred/system/job_" + tracker + "_" + pad(job, 4) + "/" + name + ".");
            b.size = 2_000 + random.nextInt(300_000);
            return true;
        }
        if (fileBlocksLeft == 0) {
            tasksLeft--;
            int attempt = random.nextInt(20) == 0 ? 1 : 0;
            String taskId = "_task_" + tracker + "_" + pad(job, 4) + (reduce ? "_r_" : "_m_") + pad(task, 6) + "_" + attempt;
            path = ascii("/user/root/" + dir + "/_temporary/" + taskId + "/part-" + pad(task, 5) + ".");
            task++;
            fileBlocksLeft = 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : 0);
        }
        fileBlocksLeft--;
        if (fileBlocksLeft == 0 && tasksLeft == 0) {
            pendingPause = 2_000 + random.nextInt(90_000); // the job is done; the next starts a little later
        }
        b.path = path;
        b.size = fileBlocksLeft > 0 || random.nextInt(5) != 0 ? LifePhases.FULL_BLOCK : 1 + random.nextInt(67_108_864);
        return false;
    }

    /** Time to the next block: exponential within a job, plus a pause between jobs. */
    long gapMs() {
        long gap = (long) (-Math.log(1 - random.nextDouble()) * meanGapMs) + pendingPause;
        pendingPause = 0;
        return gap;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String pad(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
