"""Imported by a batch's forkserver when page images are among the inputs: the word list and
the digit model are loaded once there, and every worker forked from it starts with them."""

from vbadmin.handwriting.digits import shared_model
from vbadmin.lexicon import warm_up

warm_up()
shared_model()
