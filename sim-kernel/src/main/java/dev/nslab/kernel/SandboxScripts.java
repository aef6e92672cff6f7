package dev.nslab.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bash scripts the sandbox is made of, from the classpath. */
enum SandboxScripts
{
    /** The root-only first step: a tun node and the staging directory for the sandbox uid, then the drop. */
    PREPARE("sandbox-prepare.sh"),
    /** PID 1 of the sandbox: builds its root, then runs the commands it is sent. */
    DRIVER("sandbox-driver.sh");

    private final String resource;
    private volatile String text;

    SandboxScripts(final String resource)
    {
        this.resource = resource;
    }

    /** @return the script's text; a jar without it is broken, not a user error. */
    String text()
    {
        String loaded = text;
        if (null == loaded)
        {
            try (InputStream in = SandboxScripts.class.getResourceAsStream(resource))
            {
                if (null == in)
                {
                    throw new IllegalStateException(resource + " missing from the classpath");
                }
                loaded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            text = loaded;
        }
        return loaded;
    }
}
