"""The web page of tweetgen, in the layout of a Hugging Face Space: `python app.py`, or `tweetgen serve`.

Serves the model at $TWEETGEN_MODEL (default models/tweetgen). Every tweet it shows is machine-generated parody,
labelled [generated]: never Elon Musk's words."""
from tweetgen.app import build_app

demo = build_app()

if __name__ == '__main__': demo.launch()
