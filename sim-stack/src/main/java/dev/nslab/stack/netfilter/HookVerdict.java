package dev.nslab.stack.netfilter;

/** What a hook decided (NF_ACCEPT, NF_DROP, NF_STOLEN). */
public enum HookVerdict
{
    /** The packet goes on. */
    ACCEPT,
    /** The packet ends here; the stack frees it and counts nothing more. */
    DROP,
    /** The hook took the packet over (queued or sent elsewhere); the stack must not touch it again. */
    STOLEN
}
