package dev.madoguchi.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the {@code --name value} and {@code --flag} options of a subcommand. Unknown options are an error, so a
 * typo never silently changes what a command does.
 */
public final class CommandArguments {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CommandArguments() {
    }

    /**
     * @param valued options that take a value ({@code --username U} or {@code --username=U})
     * @param flags  options without a value
     * @throws IllegalArgumentException with a sentence fit to show the user
     */
    public static CommandArguments parse(List<String> args, Set<String> valued, Set<String> flags) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new IllegalArgumentException("--" + name + " takes no value.");
                }
                parsed.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--" + name + " needs a value.");
                    }
                    value = args.get(++i);
                }
                parsed.options.put(name, value);
            } else {
                throw new IllegalArgumentException("Unknown option --" + name + ".");
            }
        }
        return parsed;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required."));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
