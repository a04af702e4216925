from kcna_monitor.cli import main

main()
