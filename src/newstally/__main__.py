from newstally.cli import main

main()
