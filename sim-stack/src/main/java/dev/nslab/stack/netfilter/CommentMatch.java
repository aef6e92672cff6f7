package dev.nslab.stack.netfilter;

import java.util.Objects;

/** {@code -m comment --comment TEXT} (xt_comment): always matches; it is there to be read. */
public record CommentMatch(String comment) implements RuleMatch
{
    public CommentMatch
    {
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public boolean matches(final MatchedPacket packet)
    {
        return true;
    }
}
