package dev.nslab.stack.ipv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.nslab.core.time.KernelTimers;

/**
 * ip_rt_send_redirect's back-off on the inet_peer (route.c): load HZ/50 doubled per redirect sent, 9 at most, all
 * afresh after (HZ/50) << 10 of quiet; the peer's last-use time is the one icmp_send's token bucket also moves.
 */
class RedirectRateLimitTest
{
    private static final long MS = 1_000_000L;

    private final IcmpRateLimiter limiter = new IcmpRateLimiter(new KernelTimers(4_294_667_296L));

    @Test
    void shouldRedirectThePacketsOfAFiveHertzPingAtTheKernelsBackOff()
    {
        // The icmp-redirect-rate golden: ping -i 0.2 -c 12 earns redirects for 1, 2, 3, 4, 6 and 10.
        final List<Integer> redirected = new ArrayList<>();
        for (int seq = 1; seq <= 12; seq++)
        {
            if (limiter.redirectAllows(1, (seq - 1) * 200 * MS))
            {
                redirected.add(seq);
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 6, 10), redirected);
    }

    @Test
    void shouldStopAfterNineUntilTheSourceWasQuietForTheSilence()
    {
        long now = 0;
        int sent = 0;
        for (int i = 0; i < 200; i++, now += 1000 * MS)
        {
            sent += limiter.redirectAllows(1, now) ? 1 : 0;
        }
        assertEquals(9, sent, "ip_rt_redirect_number");
        // Every packet restarted the silence: 20 s later there is still none, 20.48 s and a jiffy later there is.
        final long last = now - 1000 * MS;
        assertFalse(limiter.redirectAllows(1, last + 20_000 * MS));
        assertTrue(limiter.redirectAllows(1, last + 20_000 * MS + 20_488 * MS));
    }

    @Test
    void shouldKeepOnePeerPerSource()
    {
        assertTrue(limiter.redirectAllows(1, 0));
        assertTrue(limiter.redirectAllows(2, 0), "another source has its own peer");
        assertFalse(limiter.redirectAllows(1, 10 * MS), "within 40 ms of the first to the same source");
    }
}
